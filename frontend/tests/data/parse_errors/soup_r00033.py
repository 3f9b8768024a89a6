== nonlocal y 
 \
 for yield ... and x True try '''