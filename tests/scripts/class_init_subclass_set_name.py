registry = []
class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()
class A(Plugin): pass
class B(Plugin):
    pass
class C(B): pass
print(registry, A.tag, C.tag)
class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        super().__init_subclass__()
class D(Base): pass
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    title = Named()
    body = Named()
print(Model.title.name, Model.title.owner, Model.body.name)
