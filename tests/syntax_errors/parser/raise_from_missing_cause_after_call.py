raise mod.ValueError() from
