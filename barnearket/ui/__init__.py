"""The Qt desktop application."""

from barnearket.ui.featurescan import skip_feature_scan
from barnearket.ui.qtcompat import keep_singletons_alive

keep_singletons_alive()
skip_feature_scan()
