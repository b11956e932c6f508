"""The Qt desktop application."""

from barnearket.ui.qtcompat import keep_singletons_alive

keep_singletons_alive()
