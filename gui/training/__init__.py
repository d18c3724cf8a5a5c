"""Training in the background: a worker on a QThread, and the controller the window talks to."""
