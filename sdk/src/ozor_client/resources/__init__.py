"""One module per API resource; each class is written once and used by Ozor and AsyncOzor."""
