import ä £
