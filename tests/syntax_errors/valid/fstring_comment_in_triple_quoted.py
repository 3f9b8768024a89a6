x = f'''{a # comment
}'''
