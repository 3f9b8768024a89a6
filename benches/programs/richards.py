"""Richards-style scheduler: tasks of different kinds pass packets through a priority scheduler.

An idle task wakes two device tasks in turn; a worker fills work packets and
sends them to two handlers, which feed their characters one at a time to the
devices. Prints counters of what the kernel did.
"""
import sys

# small size: 2000
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 200000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = "work", "device"
PAYLOAD = 4


class Packet:
    __slots__ = ("link", "kind", "value", "data", "handler", "device")

    def __init__(self, link, kind, handler=None, device=None):
        self.link = link
        self.kind = kind
        self.value = 0
        self.data = [0] * PAYLOAD
        self.handler = handler
        self.device = device


def append(packet, queue):
    """Returns `queue` with `packet` added at its end."""
    packet.link = None
    if queue is None:
        return packet
    tail = queue
    while tail.link is not None:
        tail = tail.link
    tail.link = packet
    return queue


class Task:
    """A task control block; subclasses implement `step(packet)` and return the next task to run."""

    def __init__(self, kernel, ident, priority, queue=None):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = True
        self.held = False
        # Tasks are made in rising priority; the list runs from highest to lowest.
        self.next = kernel.first
        kernel.first = self
        kernel.tasks[ident] = self

    @property
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def accept(self, packet, sender):
        """Queues `packet`; returns the task that should run next."""
        was_empty = self.queue is None
        self.queue = append(packet, self.queue)
        if was_empty and self.priority > sender.priority and self.runnable:
            return self
        return sender


class Kernel:
    def __init__(self):
        self.first = None
        self.tasks = [None] * 6
        self.current = None
        self.holds = 0
        self.sends = 0
        self.switches = 0

    def send(self, packet, target):
        self.sends += 1
        return self.tasks[target].accept(packet, self.current)

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def run(self):
        task = self.first
        while task is not None:
            if not task.runnable:
                task = task.next
                continue
            if self.current is not task:
                self.switches += 1
                self.current = task
            packet = None
            if task.waiting and task.queue is not None:
                packet = task.queue
                task.queue = packet.link
                task.waiting = False
            task = task.step(packet)


class IdleTask(Task):
    def __init__(self, kernel, rounds):
        super().__init__(kernel, IDLE, 0)
        self.waiting = False
        self.seed = 1
        self.rounds = rounds

    def step(self, packet):
        self.rounds -= 1
        if self.rounds == 0:
            return self.kernel.hold()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.kernel.release(DEVICE_B)
        self.seed >>= 1
        return self.kernel.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        super().__init__(kernel, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        for i in range(PAYLOAD):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.kernel.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.work = None
        self.devices = None
        self.position = 0

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = append(packet, self.work)
            else:
                self.devices = append(packet, self.devices)
        if self.work is None:
            return self.kernel.wait()
        if self.position >= PAYLOAD:
            finished = self.work
            self.work = finished.link
            self.position = 0
            return self.kernel.send(finished, WORKER)
        if self.devices is None:
            return self.kernel.wait()
        device_packet = self.devices
        self.devices = device_packet.link
        device_packet.value = self.work.data[self.position]
        self.position += 1
        return self.kernel.send(device_packet, device_packet.device)


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority)
        self.pending = None
        self.checksum = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.kernel.wait()
            done, self.pending = self.pending, None
            return self.kernel.send(done, done.handler)
        self.pending = packet
        self.checksum = (self.checksum * 31 + packet.value) % 1000003
        return self.kernel.hold()


def device_packets(handler, device, count):
    queue = None
    for _ in range(count):
        queue = Packet(queue, DEVICE, handler, device)
    return queue


def main():
    kernel = Kernel()
    IdleTask(kernel, ROUNDS)
    WorkerTask(kernel, Packet(Packet(None, WORK), WORK))
    HandlerTask(kernel, HANDLER_A, 2000, device_packets(HANDLER_A, DEVICE_A, 3))
    HandlerTask(kernel, HANDLER_B, 3000, device_packets(HANDLER_B, DEVICE_B, 3))
    DeviceTask(kernel, DEVICE_A, 4000)
    DeviceTask(kernel, DEVICE_B, 5000)
    kernel.run()
    print("switches", kernel.switches)
    print("sends", kernel.sends)
    print("holds", kernel.holds)
    for ident in (DEVICE_A, DEVICE_B):
        print("device", ident, "checksum", kernel.tasks[ident].checksum)


main()
