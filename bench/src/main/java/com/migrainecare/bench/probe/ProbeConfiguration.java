package com.migrainecare.bench.probe;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Adds the probe aggregate to the booking service's application context. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Probe.class)
public class ProbeConfiguration {}
