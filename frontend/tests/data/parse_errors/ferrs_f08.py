f'{a c=}'
