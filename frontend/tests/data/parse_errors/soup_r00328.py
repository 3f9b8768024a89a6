yield -  import match async f'{ . type break  [ ] type { is except \
 elif pass in ~ True \N{