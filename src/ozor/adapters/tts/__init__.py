"""ozor.adapters.tts."""
