/**
 * Injection tokens of the gateway platform. Kept free of imports so any module can import them
 * at load time (platform/config imports every module's config spec, so importing tokens from
 * there would be a require cycle).
 */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
/** The gateway's event bus (Kafka or in-process), for modules that consume events. */
export const GATEWAY_EVENT_BUS = Symbol('GATEWAY_EVENT_BUS');
