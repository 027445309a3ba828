"""The offline director: rules that turn a prompt into a storyboard and plain English into edits."""
