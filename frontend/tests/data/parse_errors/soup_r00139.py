elif not 
 < *      ] "a" \
 != await finally yield #c not rb"\d" lambda