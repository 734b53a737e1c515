package com.migrainecare.bench;

import com.migrainecare.bench.BenchChain.Planned;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out the bookings of the plan in order, each once, to any number of threads. */
public final class PlanCursor {

    private final BenchChain chain;
    private final AtomicLong next;

    public PlanCursor(BenchChain chain, long first) {
        this.chain = chain;
        this.next = new AtomicLong(first);
    }

    public Planned next() {
        return chain.plan(next.getAndIncrement());
    }

    /** How many plan entries were handed out, including any that failed. */
    public long used() {
        return next.get();
    }

    public BenchChain chain() {
        return chain;
    }
}
