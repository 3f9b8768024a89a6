rf"'1_0rf"f'{\
]0o7