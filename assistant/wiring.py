"""Builds every stage from one :class:`Settings` — the only place that does."""

from __future__ import annotations

from assistant.settings import Settings, offline_environment


def build_service(settings: Settings | None = None, *, embedder=None):  # noqa: ANN001, ANN201 - returns AssistantService
    """The service for ``settings``. ``embedder`` (an ``Embedder``) replaces the one the settings name,
    e.g. to share one loaded model between several services in a test session or a benchmark."""
    settings = settings or Settings()
    offline_environment()
    from assistant.answerer import build_answerer
    from assistant.glossary import Glossary
    from assistant.retriever import HybridRetriever
    from assistant.service import AssistantService
    from ingest.pipeline import DocumentReader, Ingester
    from ingest.splitter import SentenceSplitter
    from vectorstore.chroma_store import ChromaStore
    from vectorstore.hybrid import HybridIndex
    from vectorstore.lexical import LexicalIndex

    if embedder is None:
        embedder = build_embedder(settings)
    store = ChromaStore(
        path=None if settings.chroma_url else settings.store,
        url=settings.chroma_url,
        collection=settings.collection,
        model_id=embedder.model_id,
    )
    lexical_dir = settings.store / "lexical"
    if settings.chroma_url:  # one local lexical cache per server + collection
        import hashlib

        key = hashlib.sha1(f"{settings.chroma_url}|{settings.collection}".encode()).hexdigest()[:10]
        lexical_dir = settings.store / f"lexical-{key}"
    index = HybridIndex(store, LexicalIndex(lexical_dir))
    reader = DocumentReader()
    ingester = Ingester(index, embedder, SentenceSplitter(settings.chunk_chars, settings.chunk_overlap_sentences), reader)
    retriever = HybridRetriever(index, embedder, Glossary.builtin(), fusion=settings.fusion,
                                dense_weight=settings.dense_weight)
    answerer = build_answerer(settings, retriever)
    return AssistantService(ingester, retriever, answerer, reader)


def build_embedder(settings: Settings | None = None):  # noqa: ANN201 - SentenceTransformerEmbedder
    """The chunk and query embedder the settings describe (the model loads on first use)."""
    from vectorstore.embedder import SentenceTransformerEmbedder

    settings = settings or Settings()
    return SentenceTransformerEmbedder(settings.embedding_model, batch_size=settings.embed_batch_size,
                                       max_tokens=settings.embed_max_tokens, backend=settings.embedding_backend,
                                       cache_dir=settings.cache_dir)
