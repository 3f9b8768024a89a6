''' def  } class break ** #c pass y while *a [ f" case " 
 lambda rb"\d" except class *a } as ''' , >= nonlocal : def