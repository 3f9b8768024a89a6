"""Ray tracer: three spheres over a checkered floor, one point light, shadows and one bounce of reflection.

Renders a WIDTH x WIDTH*3/4 image and prints a checksum of its PPM bytes and
a coarse ASCII rendering of its brightness.
"""
import sys

# small size: 16
WIDTH = int(sys.argv[1]) if len(sys.argv) > 1 else 240
HEIGHT = WIDTH * 3 // 4
MAX_DEPTH = 2
EPSILON = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def scale(self, other):
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, reflectivity=0.0, shine=0.0):
        self.color = color
        self.reflectivity = reflectivity
        self.shine = shine

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, color, other, reflectivity):
        super().__init__(color, reflectivity)
        self.other = other

    def color_at(self, point):
        if (int(point.x // 1.0) + int(point.z // 1.0)) % 2:
            return self.other
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal(self, point):
        return (point - self.center).normalized()


class Floor:
    def __init__(self, height, material):
        self.height = height
        self.material = material

    def intersect(self, ray):
        if abs(ray.direction.y) < EPSILON:
            return None
        t = (self.height - ray.origin.y) / ray.direction.y
        return t if t > EPSILON else None

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)


class Scene:
    def __init__(self, objects, light, ambient):
        self.objects = objects
        self.light = light
        self.ambient = ambient

    def nearest(self, ray):
        best, best_t = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        return any((t := obj.intersect(ray)) is not None and t < distance for obj in self.objects)

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            fade = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.55, 0.7, 0.9) * fade + Vec(0.9, 0.9, 0.85) * (1.0 - fade)
        point = ray.at(t)
        normal = obj.normal(point)
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        light_vec = self.light - point
        distance = light_vec.length()
        to_light = light_vec * (1.0 / distance)
        lit = normal.dot(to_light)
        if lit > 0.0 and not self.shadowed(point + normal * EPSILON, to_light, distance):
            color = color + base * lit
            if material.shine:
                halfway = (to_light - ray.direction).normalized()
                color = color + Vec(1.0, 1.0, 1.0) * max(0.0, normal.dot(halfway)) ** material.shine
        if material.reflectivity and depth < MAX_DEPTH:
            bounce = ray.direction - normal * (2.0 * ray.direction.dot(normal))
            reflected = self.trace(Ray(point + normal * EPSILON, bounce), depth + 1)
            color = color * (1.0 - material.reflectivity) + reflected * material.reflectivity
        return color


def to_byte(channel):
    return max(0, min(255, int(channel * 255.0 + 0.5)))


def render(scene, width, height):
    eye = Vec(0.0, 1.2, -4.0)
    pixels = []
    for row in range(height):
        y = 1.0 - 2.0 * (row + 0.5) / height
        line = []
        for col in range(width):
            x = (2.0 * (col + 0.5) / width - 1.0) * width / height
            color = scene.trace(Ray(eye, Vec(x, y * 0.75, 1.6)))
            line.append((to_byte(color.x), to_byte(color.y), to_byte(color.z)))
        pixels.append(line)
    return pixels


def ppm_bytes(pixels):
    header = f"P6 {len(pixels[0])} {len(pixels)} 255\n".encode("ascii")
    body = bytearray()
    for line in pixels:
        for rgb in line:
            body.extend(rgb)
    return header + bytes(body)


def main():
    scene = Scene(
        [
            Sphere(Vec(-1.1, 0.7, 1.5), 0.7, Material(Vec(0.85, 0.2, 0.15), 0.25, 40.0)),
            Sphere(Vec(0.6, 0.5, 0.6), 0.5, Material(Vec(0.2, 0.75, 0.3), 0.1, 12.0)),
            Sphere(Vec(1.6, 1.0, 2.8), 1.0, Material(Vec(0.9, 0.9, 0.95), 0.6, 80.0)),
            Floor(0.0, Checkered(Vec(0.9, 0.9, 0.9), Vec(0.15, 0.15, 0.2), 0.2)),
        ],
        light=Vec(-3.0, 5.0, -2.0),
        ambient=0.12,
    )
    pixels = render(scene, WIDTH, HEIGHT)
    data = ppm_bytes(pixels)
    checksum = 0
    for byte in data:
        checksum = (checksum * 33 + byte) % 4294967291
    print("ppm bytes", len(data), "checksum", checksum)
    shades = " .:-=+*#%@"
    step = max(1, WIDTH // 40)
    for line in pixels[:: step * 2]:
        print("".join(shades[(r + g + b) * len(shades) // 766] for r, g, b in line[::step]).rstrip())


main()
