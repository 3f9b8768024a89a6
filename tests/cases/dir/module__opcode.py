# sorted(dir(_opcode)), one name per line
import _opcode

for name in sorted(dir(_opcode)):
    print('_opcode', name)
