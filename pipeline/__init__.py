"""chainpress: structured records from press releases on China's industrial-chain policy."""

__version__ = "0.1.0"
