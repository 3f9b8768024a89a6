
 = } break y None if