"""Class-heavy simulation: animals on a grid world eat, move, breed and age, tick by tick.

Uses inheritance with super(), properties with setters, class attributes,
classmethods, staticmethods, __repr__, __eq__/__hash__ and __lt__. Prints a
census every few ticks.
"""
import sys

# small size: 20
TICKS = int(sys.argv[1]) if len(sys.argv) > 1 else 800
SIDE = 24


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 48271) % 2147483647
        return self.state % n


class Position:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x % SIDE
        self.y = y % SIDE

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * SIDE + self.y

    def __lt__(self, other):
        return (self.y, self.x) < (other.y, other.x)

    def __repr__(self):
        return f"({self.x},{self.y})"

    def step(self, direction):
        dx, dy = World.DIRECTIONS[direction]
        return Position(self.x + dx, self.y + dy)


class Creature:
    born = 0
    max_age = 50
    birth_energy = 20

    def __init__(self, world, position, energy):
        type(self).born += 1
        Creature.born_total = getattr(Creature, "born_total", 0) + 1
        self.world = world
        self.position = position
        self._energy = energy
        self.age = 0

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = max(0, value)

    @property
    def alive(self):
        return self._energy > 0 and self.age <= self.max_age

    @classmethod
    def spawn(cls, world, position):
        return cls(world, position, cls.birth_energy)

    @staticmethod
    def kind_order(creature):
        return (type(creature).__name__, creature.position)

    def tick(self):
        self.age += 1
        self.energy -= self.metabolism()
        self.act()

    def metabolism(self):
        return 1

    def wander(self):
        self.position = self.position.step(self.world.rng.below(4))

    def __repr__(self):
        return f"{type(self).__name__}@{self.position} e={self.energy} age={self.age}"


class Grazer(Creature):
    max_age = 40
    birth_energy = 12

    def act(self):
        cell = self.position
        grass = self.world.grass.get(cell, 0)
        bite = min(grass, 4)
        self.world.grass[cell] = grass - bite
        self.energy += bite
        if grass - bite < 2:
            self.wander()
        if self.energy > 24:
            self.energy -= self.birth_energy
            self.world.newborn.append(type(self).spawn(self.world, self.position.step(self.world.rng.below(4))))


class Hunter(Creature):
    max_age = 70
    birth_energy = 40

    def metabolism(self):
        return 2 if self.age < 30 else 3

    def act(self):
        prey = self.world.grazers_at.get(self.position)
        if prey:
            victim = min(prey, key=lambda g: (g.energy, g.age))
            if victim.alive:
                self.energy += victim.energy // 2 + 5
                victim.energy = 0
        else:
            self.wander()
        if self.energy > 90:
            self.energy -= self.birth_energy
            self.world.newborn.append(self.spawn(self.world, self.position))


class SlowHunter(Hunter):
    """Moves only every other tick but lives longer."""

    max_age = 90

    def wander(self):
        if self.age % 2:
            super().wander()


class World:
    DIRECTIONS = [(0, 1), (1, 0), (0, -1), (-1, 0)]

    def __init__(self, seed):
        self.rng = Random(seed)
        self.grass = {Position(x, y): 5 for x in range(SIDE) for y in range(SIDE)}
        self.creatures = []
        self.newborn = []
        self.grazers_at = {}
        for _ in range(150):
            self.creatures.append(Grazer.spawn(self, self.random_position()))
        for kind in (Hunter, SlowHunter):
            for _ in range(8):
                self.creatures.append(kind.spawn(self, self.random_position()))

    def random_position(self):
        return Position(self.rng.below(SIDE), self.rng.below(SIDE))

    def tick(self):
        self.grazers_at = {}
        for creature in self.creatures:
            if isinstance(creature, Grazer):
                self.grazers_at.setdefault(creature.position, []).append(creature)
        for creature in self.creatures:
            if creature.alive:
                creature.tick()
        for position in self.grass:
            if self.grass[position] < 9:
                self.grass[position] += 1
        self.creatures = [c for c in self.creatures if c.alive] + self.newborn
        self.newborn = []
        if not any(isinstance(c, Grazer) for c in self.creatures):
            self.creatures.extend(Grazer.spawn(self, self.random_position()) for _ in range(20))

    def census(self):
        counts = {}
        for creature in self.creatures:
            name = type(creature).__name__
            counts[name] = counts.get(name, 0) + 1
        return ", ".join(f"{name}={counts[name]}" for name in sorted(counts))


def main():
    world = World(7)
    for t in range(1, TICKS + 1):
        world.tick()
        if t % max(1, TICKS // 10) == 0:
            print(f"tick {t:4}: {world.census()} grass={sum(world.grass.values())}")
    oldest = sorted(world.creatures, key=Creature.kind_order)[:3]
    for creature in oldest:
        print(creature)
    print("born", Grazer.born, Hunter.born, SlowHunter.born, Creature.born_total)


main()
