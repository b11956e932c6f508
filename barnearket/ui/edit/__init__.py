"""Dialogs that enter and correct what a person records about a case, its children and its entries."""
