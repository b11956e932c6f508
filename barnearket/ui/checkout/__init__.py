"""Cases taken along on a laptop: the mark on the server, and the actions to take, bring back, release."""
