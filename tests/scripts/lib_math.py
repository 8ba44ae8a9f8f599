import math
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
cases = [(math.sqrt,'a'),(math.atan2,'a',1),(math.copysign,1,'a'),(math.hypot,'a'),(math.fsum,['a']),(math.isclose,'a',1),(math.factorial,5.0),(math.factorial,10**30),(math.factorial,-1),(math.factorial,20),(math.factorial,100),(math.comb,10**20,2),(math.comb,10**20,10**19),(math.comb,50,20),(math.perm,5),(math.perm,10**20,2),(math.lcm,),(math.lcm,0,5),(math.lcm,-4,6),(math.lcm,4,6,10),(math.gcd,),(math.dist,[1,2],[1]),(math.dist,1,2),(math.dist,[1,'a'],[1,2]),(math.degrees,1e308),(math.degrees,1),(math.radians,180),(math.log1p,-1),(math.exp,1000),(math.sinh,1000),(math.cosh,1000),(math.tanh,1000),(math.expm1,1000),(math.fmod,1,0),(math.fmod,float('inf'),1),(math.fmod,1,float('inf')),(math.fmod,7,-3),(math.fmod,-7.5,2),(math.modf,-3.0),(math.modf,float('inf')),(math.modf,3.25),(math.modf,-0.0),(math.frexp,0.0),(math.frexp,8.0),(math.frexp,-3.7),(math.frexp,5e-324),(math.frexp,1e-310),(math.ldexp,1.0,2000),(math.ldexp,1,3),(math.ldexp,1.0,3.0),(math.ldexp,0.75,-1074),(math.ldexp,1.5,-1074),(math.ldexp,3.0,-1076),(math.ldexp,1.0,-2000),(math.ldexp,1.0,10**30),(math.trunc,'a'),(math.trunc,-2.7),(math.floor,'a'),(math.floor,float('inf')),(math.ceil,float('nan')),(math.fsum,[-0.0]),(math.fsum,[]),(math.fsum,[1e-16,1,1e16]),(math.fsum,[1e308,1e308]),(math.fsum,[float('inf'),-float('inf')]),(math.fsum,[float('inf'),1]),(math.fsum,[float('nan'),1]),(math.fsum,[float('inf'), float('nan')]),(math.fsum,[1e308,1e308,-1e308]),(math.fsum,[0.1]*10),(math.fsum,[10**400]),(math.fsum,iter([1,2.5])),(math.fsum,[1e100,1.0,-1e100,1e-100,1e50,-1.0,-1e50]),
(math.sqrt,-1),(math.log,0),(math.log,-1),(math.log,10**400,0),(math.log,1,1),(math.log,'a'),(math.log,10**400),(math.pow,0,-1),(math.pow,-1,0.5),(math.pow,10,400),(math.pow,float('inf'),-3),(math.pow,-float('inf'),3),(math.pow,0.5,float('inf')),(math.pow,0.0,-float('inf')),(math.pow,float('nan'),0),(math.pow,2,0.5),(math.exp2,3),(math.exp2,0.5),(math.prod,[]),(math.isqrt,-1),(math.gcd,2.0,4),(math.log2,0),(math.fabs,-0.0),(math.comb,5,-1),(math.comb,-5,1),(math.perm,5,6),
(math.hypot,1e-320,1e-320),(math.hypot,1e308,1e308),(math.hypot,float('nan'),float('inf')),(math.hypot,float('nan'),1),(math.hypot,),(math.hypot,-3),(math.hypot,0.3,0.5),(math.hypot,1,2,3),(math.hypot,3,4),(math.hypot,1.1,2.2,3.3,4.4),(math.hypot,1e-310,3e-310),(math.dist,(1,2),(4,6)),(math.dist,(0.1,0.2,0.3),(0.7,-0.4,1.9)),(math.dist,[],[]),
(math.sqrt,10**400),(math.exp,10**400),(math.sin,10**400),(math.fabs,10**400),(math.isinf,10**400),(math.isnan,10**400),(math.isfinite,10**400),(math.atan2,10**400,1),(math.copysign,10**400,1),(math.tan,float('inf')),(math.asin,2),(math.acos,-2),(math.atan,float('inf')),(math.tanh,0.5),(math.sinh,0.5),(math.cosh,0.5),(math.log1p,1e-10),(math.expm1,1e-10),(math.sqrt,True),(math.floor,True),(math.ceil,-0.5),(math.trunc,10**30)]
for c in cases:
    t(*c)
import random
random.seed(7)
x = 0.0
for i in range(2000):
    a = random.random() * 10 ** random.randint(-5, 5)
    b = random.random() * 10 ** random.randint(-5, 5)
    c = random.random()
    x += math.hypot(a, b) + math.hypot(a, b, c) + math.dist((a, c), (b, 0.5))
    x += math.fsum([a, -b, c, 1e16, -1e16])
print(repr(x))
# hypot/dist match CPython's vector_norm bit for bit.
random.seed(11)
acc = []
for i in range(300):
    a = random.random() * 10 ** random.randint(-8, 8)
    b = random.random() * 10 ** random.randint(-8, 8)
    c = random.random()
    acc.append(math.hypot(a, b))
    acc.append(math.hypot(a, -b, c))
    acc.append(math.dist((a, c), (b, 0.5)))
    acc.append(math.fsum([a, -b, c, 1e16, -1e16]))
print(acc[:8])
print(sum(acc))
print(math.hypot(*[0.1 * i for i in range(40)]))
