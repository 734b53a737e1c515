package com.migrainecare.platform.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded, least-recently-used cache. Unlike a weak-reference cache it keeps entries through garbage
 * collections, which matters on a store where every cache miss scans the events collection.
 */
public class LruCache implements Cache {

    private final int capacity;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Object> entries;

    public LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > LruCache.this.capacity;
                if (full) {
                    listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        if (previous == null) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        } else {
            listeners.forEach(l -> l.onEntryUpdated(key, value));
        }
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Object value = entries.get(key);
        if (value == null) {
            value = valueSupplier.get();
            put(key, value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object value = entries.get(key);
        if (value == null) {
            return;
        }
        V updated = update.apply((V) value);
        if (updated == null) {
            remove(key);
        } else {
            put(key, updated);
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public synchronized int size() {
        return entries.size();
    }
}
