import type { ServiceSpec } from './types.js';

/**
 * Hosted search and vector databases, and web search APIs. Indexing a record sends its fields; a search query is a
 * read and is not listed. Elasticsearch, OpenSearch, Meilisearch, Typesense, Chroma and Qdrant also run self-hosted:
 * the catalog names the vendor's cloud, and a manifest that runs its own cluster declares it as its own.
 */
export const SEARCH: readonly ServiceSpec[] = [
  {
    id: 'algolia',
    name: 'Algolia',
    company: 'Algolia, Inc.',
    country: 'US',
    category: 'search',
    packages: ['algoliasearch', '@algolia/client-search', '@algolia/recommend', 'react-instantsearch', 'instantsearch.js', 'search-insights', 'react-instantsearch-nextjs'],
    hosts: ['*.algolia.net', '*.algolianet.com', '*.algolia.io'],
    calls: [
      // v5: client.saveObject({ indexName, body }), saveObjects({ indexName, objects }), partialUpdateObject(s)(…), replaceAllObjects(…)
      // v4: index.saveObject(object), saveObjects(objects), partialUpdateObjects(objects); v3: addObject(s)
      {
        packages: ['algoliasearch', '@algolia/client-search', '@algolia/client-common'],
        members: ['saveObject', 'saveObjects', 'partialUpdateObject', 'partialUpdateObjects', 'addOrUpdateObject', 'replaceAllObjects', 'batch', 'addObject', 'addObjects'],
        data: [0],
      },
      // v3/v4: client.initIndex(name): the index name travels in every request's URL (an index per user: `initIndex(user.email)`)
      { packages: ['algoliasearch', '@algolia/client-search'], members: ['initIndex'], data: [0] },
    ],
  },
  {
    id: 'elastic',
    name: 'Elastic Cloud (Elasticsearch)',
    company: 'Elasticsearch B.V.',
    country: 'US',
    category: 'search',
    packages: ['@elastic/elasticsearch', 'elasticsearch', '@elastic/enterprise-search', '@elastic/app-search-javascript', '@elastic/search-application-client'],
    hosts: ['*.cloud.es.io', '*.elastic.cloud', '*.found.io'],
    calls: [
      // client.index({ index, id, document }), create({ … }), update({ doc }), bulk({ operations }), helpers.bulk({ datasource });
      // the legacy browser build's `elasticsearch` global
      { packages: ['@elastic/elasticsearch', 'elasticsearch', 'global:elasticsearch'], members: ['index', 'create', 'update', 'bulk'], data: [0] },
      // enterprise search: client.app.indexDocuments({ engine_name, documents })
      { packages: ['@elastic/enterprise-search', '@elastic/app-search-javascript'], members: ['indexDocuments', 'updateDocuments'], data: 'all' },
    ],
  },
  {
    id: 'aws_opensearch',
    name: 'Amazon OpenSearch Service',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'search',
    packages: ['@opensearch-project/opensearch', '@aws-sdk/client-opensearch', '@aws-sdk/client-opensearchserverless'],
    hosts: ['*.es.amazonaws.com', '*.aoss.amazonaws.com'],
    calls: [
      // client.index({ index, id, body }), create, update({ body: { doc } }), bulk({ body })
      { packages: ['@opensearch-project/opensearch'], members: ['index', 'create', 'update', 'bulk'], data: [0] },
    ],
  },
  {
    id: 'meilisearch',
    name: 'Meilisearch Cloud',
    company: 'Meili SAS',
    country: 'FR',
    category: 'search',
    packages: ['meilisearch', '@meilisearch/instant-meilisearch'],
    hosts: ['*.meilisearch.io', '*.meilisearch.com'],
    calls: [
      // client.index('users').addDocuments([{ … }]), updateDocuments([…]), addDocumentsInBatches(…)
      { packages: ['meilisearch'], members: ['addDocuments', 'updateDocuments', 'addDocumentsInBatches', 'updateDocumentsInBatches', 'addDocumentsFromString', 'updateDocumentsFromString'], data: [0] },
    ],
  },
  {
    id: 'typesense',
    name: 'Typesense Cloud',
    company: 'Typesense, Inc.',
    country: 'US',
    category: 'search',
    packages: ['typesense', 'typesense-instantsearch-adapter'],
    hosts: ['*.typesense.net'],
    calls: [
      // client.collections('users').documents().create(doc), upsert(doc), update(doc), import(docs)
      { packages: ['typesense'], members: ['create', 'upsert', 'update', 'import'], data: [0] },
    ],
  },
  {
    id: 'pinecone',
    name: 'Pinecone',
    company: 'Pinecone Systems, Inc.',
    country: 'US',
    category: 'search',
    packages: ['@pinecone-database/pinecone'],
    hosts: ['*.pinecone.io'],
    calls: [
      // index.upsert([{ id, values, metadata }]), update({ id, metadata }), upsertRecords([{ _id, text }]) (integrated embedding)
      { members: ['upsert', 'update', 'upsertRecords'], data: [0] },
    ],
  },
  {
    id: 'weaviate',
    name: 'Weaviate Cloud',
    company: 'Weaviate B.V.',
    country: 'NL',
    category: 'search',
    packages: ['weaviate-client', 'weaviate-ts-client'],
    hosts: ['*.weaviate.network', '*.weaviate.cloud'],
    calls: [
      // v3: collection.data.insert({ properties }), insertMany([…]), update({ id, properties }), replace(…);
      // v2: client.data.creator().withProperties({ … }).do(), batch.objectsBatcher().withObject({ … })
      { members: ['insert', 'insertMany', 'update', 'replace', 'withProperties', 'withObject', 'withObjects'], data: [0] },
    ],
  },
  {
    id: 'qdrant',
    name: 'Qdrant Cloud',
    company: 'Qdrant Solutions GmbH',
    country: 'DE',
    category: 'search',
    packages: ['@qdrant/js-client-rest', '@qdrant/js-client-grpc'],
    hosts: ['*.cloud.qdrant.io'],
    calls: [
      // client.upsert(collection, { points: [{ id, vector, payload }] }), setPayload(collection, { payload, points }), overwritePayload(…)
      { packages: ['@qdrant/js-client-rest'], members: ['upsert', 'setPayload', 'overwritePayload', 'batchUpdate', 'updateVectors'], data: [1] },
    ],
  },
  {
    id: 'chroma',
    name: 'Chroma Cloud',
    company: 'Chroma, Inc.',
    country: 'US',
    category: 'search',
    packages: ['chromadb'],
    hosts: ['api.trychroma.com'],
    calls: [
      // collection.add({ ids, documents, metadatas }), upsert({ … }), update({ … })
      { members: ['add', 'upsert', 'update'], data: [0] },
    ],
  },
  {
    id: 'zilliz',
    name: 'Zilliz Cloud (Milvus)',
    company: 'Zilliz Inc.',
    country: 'US',
    category: 'search',
    packages: ['@zilliz/milvus2-sdk-node'],
    hosts: ['*.zillizcloud.com', '*.zilliz.com'],
    calls: [
      // client.insert({ collection_name, data: [{ … }] }), upsert({ … })
      { members: ['insert', 'upsert'], data: [0] },
    ],
  },
];
