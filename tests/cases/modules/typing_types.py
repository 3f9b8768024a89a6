# _typing exposes the typing primitives; _types binds the built-in types under types.py's names
import _typing, _types

print(_typing._idfunc(3), _typing._idfunc.__text_signature__)
print(_typing.TypeVar, _typing.ParamSpec, _typing.ParamSpecArgs, _typing.ParamSpecKwargs)
print(_typing.TypeVarTuple, _typing.Generic, _typing.TypeAliasType, _typing.Union, _typing.NoDefault)
T = _typing.TypeVar('T')
print(T, type(T) is _typing.TypeVar)
try:
    _typing._idfunc()
except TypeError as e:
    print(e)


def f():
    yield


async def c():
    pass


async def ag():
    yield


co = c()
print(type(f()) is _types.GeneratorType, type(co) is _types.CoroutineType, type(ag()) is _types.AsyncGeneratorType)
co.close()
print(type(f) is _types.FunctionType is _types.LambdaType, type(f.__code__) is _types.CodeType)
print(type(len) is _types.BuiltinFunctionType is _types.BuiltinMethodType)
print(type(str.join) is _types.MethodDescriptorType, type(dict.__dict__['fromkeys']) is _types.ClassMethodDescriptorType)
print(type(object.__init__) is _types.WrapperDescriptorType, type(''.__add__) is _types.MethodWrapperType)
print(type(type.__dict__['__dict__']) is _types.GetSetDescriptorType)
print(type(_types) is _types.ModuleType, type(None) is _types.NoneType, type(...) is _types.EllipsisType)
print(type(NotImplemented) is _types.NotImplementedType, type(type.__dict__) is _types.MappingProxyType)
print(type(list[int]) is _types.GenericAlias, type(int | str) is _types.UnionType)
print(_types.SimpleNamespace(a=1), _types.CellType, _types.FrameType, _types.TracebackType, _types.CapsuleType)
try:
    _types.CapsuleType()
except TypeError as e:
    print(e)
print(_types.CapsuleType.__doc__.splitlines()[0])
