// The local backend: Runtime API server, API Gateway and EventBridge emulation.
