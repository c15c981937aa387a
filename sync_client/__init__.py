"""asyncio websockets client: outbox push, cursor pull. Imports core, never Qt."""
