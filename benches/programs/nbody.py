"""N-body: a made-up star system of five bodies stepped with a symplectic Euler integrator.

Prints the total energy before and after, and each body's final position.
"""
import sys

# small size: 2000
STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 250000

PI = 3.141592653589793
YEAR_DAYS = 365.24
GRAVITY = 4 * PI * PI


class Body:
    def __init__(self, name, position, velocity, mass):
        self.name = name
        self.x, self.y, self.z = position
        self.vx, self.vy, self.vz = (v * YEAR_DAYS for v in velocity)
        self.mass = mass * GRAVITY


def make_system():
    return [
        Body("star", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("rock", (0.39, 0.02, -0.001), (-0.0011, 0.0271, 0.0003), 1.7e-7),
        Body("giant", (5.2, -1.3, -0.11), (0.0019, 0.0072, -0.00005), 9.5e-4),
        Body("ringed", (-8.1, 5.4, 0.31), (-0.0035, -0.0049, 0.00011), 2.9e-4),
        Body("ice", (12.9, 15.1, -0.22), (-0.0031, 0.0024, 0.00003), 4.4e-5),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    star = bodies[0]
    star.vx = -px / star.mass
    star.vy = -py / star.mass
    star.vz = -pz / star.mass


def energy(bodies):
    total = 0.0
    for i, a in enumerate(bodies):
        total += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for b in bodies[i + 1:]:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            total -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * dist2 ** 0.5)
            am = a.mass * mag
            bm = b.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    bodies = make_system()
    offset_momentum(bodies)
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
    print(f"energy before: {energy(bodies):.9f}")
    advance(bodies, pairs, 0.01, STEPS)
    print(f"energy after:  {energy(bodies):.9f}")
    for b in bodies:
        print(f"{b.name:>7} {b.x:12.6f} {b.y:12.6f} {b.z:12.6f}")


main()
