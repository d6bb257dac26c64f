"""Training and evaluating Warta's statistical models from the openly licensed data in ``../shared/data``."""
