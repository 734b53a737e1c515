package com.migrainecare.notification.reminder;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@code clinic.reminders.dispatch.threads} dispatchers while the service runs. Each claims a batch, sends it
 * and claims the next at once while batches come back full; when nothing was due it waits one polling interval.
 * A failing batch (a store that does not answer) is logged and tried again after the interval: its timers stay
 * claimed until their lease ends. Stopping lets each dispatcher finish its batch; threads are never interrupted
 * (an interrupt while the embedded H2 file is read closes it for every transaction).
 */
@Component
class ReminderDispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatchLoop.class);
    private static final long STOP_WAIT_MILLIS = 30_000;

    private final ReminderDispatcher dispatcher;
    private final ReminderDispatchProperties properties;
    private final Object wakeUp = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ReminderDispatchLoop(ReminderDispatcher dispatcher, ReminderDispatchProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.threads(); i++) {
            Thread thread = new Thread(this::run, "reminder-dispatch-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        long until = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, until - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            int claimed;
            try {
                claimed = dispatcher.dispatchDue();
            } catch (RuntimeException e) {
                log.warn("Sending due reminders failed; trying again shortly", e);
                claimed = 0;
            }
            if (claimed < properties.batchSize()) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (wakeUp) {
            if (!running) {
                return;
            }
            try {
                wakeUp.wait(Math.max(1, properties.pollingInterval().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
