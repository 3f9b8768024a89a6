# traceback.print_stack, format_stack, extract_stack and walk_stack from nested calls, with limits (only this file's frames are shown: the caller of the program differs between implementations)
import sys
import traceback
def ours(summary):
    return [f for f in summary if f.filename.endswith("tb_stack_printing.py")]
def level3():
    print("".join(traceback.format_list(ours(traceback.extract_stack()))), end="")
    print("--- limit 2")
    traceback.print_stack(limit=2, file=sys.stdout)
    print("--- format_stack")
    print("".join(traceback.format_stack()[-2:]), end="")
    print([f.name for f in ours(traceback.extract_stack())])
    print([f.name for f in ours(traceback.extract_stack(limit=3))])
    print([f.f_code.co_name for f, lineno in traceback.walk_stack(None) if f.f_code.co_filename.endswith("tb_stack_printing.py")])
    print(traceback.StackSummary.extract(traceback.walk_stack(None), limit=2).format())
def level2():
    level3()
def level1():
    level2()
level1()
