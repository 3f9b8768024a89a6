:'
])!rlambda y: y\N{DASH},
        
    pass]}}f'