# `-m calendar`: a month and a whole year as text, widths and spacing options, first weekday, HTML output, and bad arguments
import os
import sys

sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')
from run_m import run_m


run_m('calendar', '2024', '2')
run_m('calendar', '1999', '12')
run_m('calendar', '-w', '3', '-l', '2', '2025', '7')
run_m('calendar', '-f', '6', '2026', '3')
run_m('calendar', '2023')
run_m('calendar', '-c', '2', '-m', '4', '-s', '1', '2000')
run_m('calendar', '-t', 'html', '2024', '1')
run_m('calendar', '2024', '13')
run_m('calendar', 'notayear')
