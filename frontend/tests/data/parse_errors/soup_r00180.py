del elif is if é import 
 from class return , case { and as é ] yield +  1 
