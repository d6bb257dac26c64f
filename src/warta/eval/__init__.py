"""Evaluation of Warta's models and stages on the public test sets."""
