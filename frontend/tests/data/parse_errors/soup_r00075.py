\
 not é lambda - * t"{x}" None * None } ( break pass "a"