# ExceptionGroups nested deeper than 10 levels: deeper levels are replaced by "... (max_group_depth is 10)"
eg = ValueError("innermost")
for level in range(13):
    eg = ExceptionGroup(f"level {level}", [eg, TypeError(f"sibling {level}")])
raise eg
