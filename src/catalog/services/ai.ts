import type { ServiceSpec } from './types.js';

/**
 * AI model providers, speech and vision APIs, and the frameworks that call them. OpenAI and Anthropic are in
 * parties.ts (their calls in sinks/sdks.ts). A prompt, a message history, a document or an audio file sent for
 * completion, embedding or transcription is a transfer to the provider. LangChain's provider packages
 * (`@langchain/openai` …) belong to their provider; a call declared in `@langchain/core` names `langchain`, and the
 * transfer rule still finds the provider from the package the model was imported from.
 */
export const AI: readonly ServiceSpec[] = [
  {
    id: 'anthropic',
    name: 'Anthropic API (Claude)',
    company: 'Anthropic, PBC',
    country: 'US',
    category: 'ai',
    packages: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic'],
    hosts: ['api.anthropic.com'],
    calls: [
      // client.messages.create({ system, messages }), messages.stream(…), messages.countTokens(…), messages.batches.create({ requests }), completions.create({ prompt })
      { packages: ['@anthropic-ai/sdk'], members: ['create', 'stream', 'countTokens', 'parse'], data: [0] },
      { packages: ['@langchain/anthropic'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate'], data: [0] },
    ],
  },
  {
    id: 'vercel_ai_sdk',
    name: 'Vercel AI SDK and AI Gateway',
    company: 'Vercel Inc. (the model given as `model` is the provider that processes the prompt)',
    country: 'US',
    category: 'ai',
    packages: ['ai', '@ai-sdk/gateway', '@ai-sdk/rsc'],
    hosts: ['ai-gateway.vercel.sh'],
    calls: [
      // generateText({ model, system, prompt, messages }), streamText(…), generateObject(…), streamObject(…), embed({ value }), embedMany({ values })
      {
        packages: ['ai', '@ai-sdk/rsc'],
        members: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany', 'streamUI', 'generateImage', 'experimental_generateImage', 'experimental_transcribe', 'experimental_generateSpeech'],
        data: [0],
      },
    ],
  },
  {
    id: 'google_gemini',
    name: 'Google Gemini API',
    company: 'Google LLC',
    country: 'US',
    category: 'ai',
    packages: ['@google/generative-ai', '@google/genai', '@ai-sdk/google', '@langchain/google-genai', '@genkit-ai/googleai'],
    hosts: ['generativelanguage.googleapis.com'],
    calls: [
      // model.generateContent(request), generateContentStream(…), chat.sendMessage(msg), embedContent(…), countTokens(…);
      // @google/genai: ai.models.generateContent({ model, contents }), chats.create(…).sendMessage({ message }), files.upload({ file })
      {
        packages: ['@google/generative-ai', '@google/genai'],
        members: ['generateContent', 'generateContentStream', 'sendMessage', 'sendMessageStream', 'embedContent', 'batchEmbedContents', 'countTokens', 'computeTokens', 'generateImages', 'generateVideos', 'upload'],
        data: [0],
      },
      { packages: ['@langchain/google-genai'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'google_vertex_ai',
    name: 'Google Cloud Vertex AI',
    company: 'Google LLC',
    country: 'US',
    category: 'ai',
    packages: ['@google-cloud/vertexai', '@google-cloud/aiplatform', '@ai-sdk/google-vertex', '@langchain/google-vertexai', '@anthropic-ai/vertex-sdk'],
    hosts: ['aiplatform.googleapis.com', 'us-central1-aiplatform.googleapis.com', 'europe-west4-aiplatform.googleapis.com', 'asia-northeast3-aiplatform.googleapis.com'],
    calls: [
      // generativeModel.generateContent({ contents }), startChat().sendMessage(…); predictionServiceClient.predict({ instances })
      {
        packages: ['@google-cloud/vertexai', '@google-cloud/aiplatform'],
        members: ['generateContent', 'generateContentStream', 'sendMessage', 'sendMessageStream', 'countTokens', 'predict', 'rawPredict', 'streamGenerateContent'],
        data: [0],
      },
      // AnthropicVertex: client.messages.create({ messages })
      { packages: ['@anthropic-ai/vertex-sdk'], members: ['create', 'stream', 'countTokens'], data: [0] },
      { packages: ['@langchain/google-vertexai'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'google_cloud_ai',
    name: 'Google Cloud AI APIs (Vision, Speech, Translation, Natural Language, Document AI)',
    company: 'Google LLC',
    country: 'US',
    category: 'ai',
    packages: ['@google-cloud/vision', '@google-cloud/speech', '@google-cloud/translate', '@google-cloud/language', '@google-cloud/text-to-speech', '@google-cloud/documentai'],
    hosts: ['vision.googleapis.com', 'speech.googleapis.com', 'translation.googleapis.com', 'translate.googleapis.com', 'language.googleapis.com', 'texttospeech.googleapis.com', 'documentai.googleapis.com'],
    calls: [
      // client.faceDetection(image), textDetection(…), annotateImage({ image, features }); speech.recognize({ audio });
      // translate.translate(text, target), translateText({ contents }); language.analyzeEntities({ document }); tts.synthesizeSpeech({ input })
      {
        members: [
          'annotateImage',
          'batchAnnotateImages',
          'faceDetection',
          'textDetection',
          'documentTextDetection',
          'labelDetection',
          'safeSearchDetection',
          'landmarkDetection',
          'logoDetection',
          'recognize',
          'longRunningRecognize',
          'translate',
          'translateText',
          'translateDocument',
          'analyzeSentiment',
          'analyzeEntities',
          'analyzeEntitySentiment',
          'analyzeSyntax',
          'classifyText',
          'annotateText',
          'moderateText',
          'synthesizeSpeech',
          'processDocument',
        ],
        data: [0],
      },
    ],
  },
  {
    id: 'mistral',
    name: 'Mistral AI',
    company: 'Mistral AI SAS',
    country: 'FR',
    category: 'ai',
    packages: ['@mistralai/mistralai', '@ai-sdk/mistral', '@langchain/mistralai'],
    hosts: ['api.mistral.ai'],
    calls: [
      // client.chat.complete({ model, messages }), chat.stream(…), embeddings.create({ inputs }), fim.complete(…), ocr.process({ document }),
      // classifiers.moderate(…); before 1.0: client.chat({ messages }), chatStream(…), embeddings({ input })
      { packages: ['@mistralai/mistralai'], members: ['complete', 'stream', 'create', 'process', 'moderate', 'moderateChat', 'classify', 'upload', 'chat', 'chatStream', 'embeddings'], data: [0] },
      { packages: ['@langchain/mistralai'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'cohere',
    name: 'Cohere',
    company: 'Cohere Inc.',
    country: 'US',
    category: 'ai',
    packages: ['cohere-ai', '@ai-sdk/cohere', '@langchain/cohere'],
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    calls: [
      // cohere.chat({ message, chatHistory }) / v2 chat({ model, messages }), generate({ prompt }), embed({ texts }), rerank({ query, documents })
      { packages: ['cohere-ai'], members: ['chat', 'chatStream', 'generate', 'generateStream', 'embed', 'rerank', 'classify', 'summarize', 'tokenize'], data: [0] },
      { packages: ['@langchain/cohere'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'aws_bedrock',
    name: 'Amazon Bedrock',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime', '@ai-sdk/amazon-bedrock', '@langchain/aws', '@anthropic-ai/bedrock-sdk'],
    hosts: ['bedrock-runtime.*.amazonaws.com', 'bedrock-agent-runtime.*.amazonaws.com'],
    calls: [
      // client.invokeModel({ modelId, body }), converse({ modelId, messages, system }), converseStream(…)
      // and client.send(new InvokeModelCommand(input)) / ConverseCommand: typed, that is the AWS send sink (sdks.ts); untyped, this `send`
      {
        packages: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime'],
        members: ['send', 'invokeModel', 'invokeModelWithResponseStream', 'converse', 'converseStream', 'invokeAgent', 'invokeInlineAgent', 'retrieveAndGenerate', 'retrieveAndGenerateStream', 'invokeFlow'],
        data: [0],
      },
      // AnthropicBedrock: client.messages.create({ messages })
      { packages: ['@anthropic-ai/bedrock-sdk'], members: ['create', 'stream'], data: [0] },
      { packages: ['@langchain/aws'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'langchain',
    name: 'LangChain (the chat model it is configured with)',
    company: 'LangChain, Inc. (the model provider processes the prompt)',
    country: 'US',
    category: 'ai',
    packages: ['langchain', '@langchain/core', '@langchain/community', '@langchain/langgraph'],
    hosts: [],
    calls: [
      // typed: model.invoke(messages) is declared on BaseChatModel in @langchain/core, a chain's on RunnableSequence; untyped: the
      // class the model was made from (ChatOllama, OpenAIEmbeddings …). Prompt templates, parsers and retrievers run locally.
      {
        packages: ['@langchain/core', 'langchain', '@langchain/community'],
        members: ['invoke', 'stream', 'batch', 'call', 'predict', 'predictMessages', 'generate', 'generatePrompt', 'streamEvents', 'embedQuery', 'embedDocuments'],
        container:
          '^(?!\\w*(?:Prompt|Template|Parser|Splitter|Loader|Lambda|Passthrough|Retriever|Tool))(?:Chat\\w*|Base(?:ChatModel|LLM|LanguageModel|Chain)|LLM\\w*|SimpleChatModel|\\w*Embeddings|RunnableSequence|RunnableWithMessageHistory|AgentExecutor|CompiledStateGraph|\\w*Chain)$',
        data: [0],
      },
    ],
  },
  {
    id: 'groq',
    name: 'Groq',
    company: 'Groq, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['groq-sdk', '@ai-sdk/groq', '@langchain/groq'],
    hosts: ['api.groq.com'],
    calls: [
      // groq.chat.completions.create({ messages }), audio.transcriptions.create({ file })
      { packages: ['groq-sdk'], members: ['create'], data: [0] },
      { packages: ['@langchain/groq'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate'], data: [0] },
    ],
  },
  {
    id: 'together',
    name: 'Together AI',
    company: 'Together Computer, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['together-ai', '@ai-sdk/togetherai'],
    hosts: ['api.together.xyz', 'api.together.ai'],
    calls: [
      // together.chat.completions.create({ messages }), completions.create({ prompt }), embeddings.create({ input }), images.create({ prompt })
      { packages: ['together-ai'], members: ['create'], data: [0] },
    ],
  },
  {
    id: 'replicate',
    name: 'Replicate',
    company: 'Replicate, Inc. (Cloudflare)',
    country: 'US',
    category: 'ai',
    packages: ['replicate', '@ai-sdk/replicate'],
    hosts: ['api.replicate.com', '*.replicate.delivery'],
    calls: [
      // replicate.run(model, { input }), stream(model, { input }), predictions.create({ version, input })
      { packages: ['replicate'], members: ['run', 'stream', 'create'], data: 'all' },
    ],
  },
  {
    id: 'huggingface',
    name: 'Hugging Face Inference',
    company: 'Hugging Face, Inc.',
    country: 'US',
    category: 'ai',
    // @huggingface/transformers runs models locally and is not listed.
    packages: ['@huggingface/inference', '@huggingface/hub'],
    hosts: ['api-inference.huggingface.co', 'router.huggingface.co', '*.endpoints.huggingface.cloud', 'huggingface.co'],
    calls: [
      // hf.chatCompletion({ model, messages }), textGeneration({ inputs }), featureExtraction({ inputs }), automaticSpeechRecognition({ data }) …
      {
        packages: ['@huggingface/inference'],
        members: [
          'chatCompletion',
          'chatCompletionStream',
          'textGeneration',
          'textGenerationStream',
          'featureExtraction',
          'summarization',
          'translation',
          'questionAnswering',
          'tableQuestionAnswering',
          'textClassification',
          'tokenClassification',
          'zeroShotClassification',
          'sentenceSimilarity',
          'fillMask',
          'automaticSpeechRecognition',
          'audioClassification',
          'textToSpeech',
          'textToImage',
          'imageToText',
          'imageClassification',
          'objectDetection',
          'imageSegmentation',
          'documentQuestionAnswering',
          'visualQuestionAnswering',
          'request',
        ],
        data: [0],
      },
    ],
  },
  {
    id: 'perplexity',
    name: 'Perplexity API',
    company: 'Perplexity AI, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@perplexity-ai/perplexity_ai', '@ai-sdk/perplexity'],
    hosts: ['api.perplexity.ai'],
    calls: [
      // client.chat.completions.create({ model, messages }), client.search.create({ query })
      { packages: ['@perplexity-ai/perplexity_ai'], members: ['create'], data: [0] },
    ],
  },
  {
    id: 'deepseek',
    name: 'DeepSeek API',
    company: 'Hangzhou DeepSeek Artificial Intelligence Co., Ltd.',
    country: 'CN',
    category: 'ai',
    // OpenAI-compatible: the openai package with baseURL https://api.deepseek.com (recognised by host).
    packages: ['@ai-sdk/deepseek', '@langchain/deepseek'],
    hosts: ['api.deepseek.com'],
    calls: [{ packages: ['@langchain/deepseek'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate'], data: [0] }],
  },
  {
    id: 'xai',
    name: 'xAI API (Grok)',
    company: 'X.AI Corp.',
    country: 'US',
    category: 'ai',
    packages: ['@ai-sdk/xai', '@langchain/xai'],
    hosts: ['api.x.ai'],
    calls: [{ packages: ['@langchain/xai'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate'], data: [0] }],
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    company: 'OpenRouter, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@openrouter/ai-sdk-provider', '@openrouter/sdk'],
    hosts: ['openrouter.ai'],
    calls: [
      // openRouter.chat.send({ model, messages })
      { packages: ['@openrouter/sdk'], members: ['send', 'create'], data: [0] },
    ],
  },
  {
    id: 'azure_openai',
    name: 'Azure OpenAI in Azure AI Foundry',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'ai',
    packages: ['@azure/openai', '@ai-sdk/azure', '@langchain/azure-openai'],
    hosts: ['*.openai.azure.com'],
    calls: [
      // @azure/openai 1.x: client.getChatCompletions(deployment, messages, options), getCompletions(deployment, prompts), getEmbeddings(deployment, input)
      { packages: ['@azure/openai'], members: ['getChatCompletions', 'streamChatCompletions', 'getCompletions', 'streamCompletions', 'getEmbeddings', 'getImages', 'getAudioTranscription', 'getAudioTranslation'], data: 'all' },
      { packages: ['@langchain/azure-openai'], members: ['invoke', 'stream', 'batch', 'call', 'predict', 'generate', 'embedQuery', 'embedDocuments'], data: [0] },
    ],
  },
  {
    id: 'azure_ai_services',
    name: 'Azure AI services (Language, Document Intelligence, Speech, AI Inference)',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'ai',
    packages: ['@azure/ai-text-analytics', '@azure/ai-language-text', '@azure/ai-form-recognizer', '@azure-rest/ai-document-intelligence', '@azure-rest/ai-inference', 'microsoft-cognitiveservices-speech-sdk'],
    hosts: ['*.cognitiveservices.azure.com', '*.services.ai.azure.com', '*.models.ai.azure.com', 'api.cognitive.microsofttranslator.com'],
    calls: [
      // client.recognizePiiEntities(documents), analyzeSentiment(documents), analyze('PiiEntityRecognition', documents), beginAnalyzeDocument(model, file)
      {
        packages: ['@azure/ai-text-analytics', '@azure/ai-language-text', '@azure/ai-form-recognizer'],
        members: ['recognizePiiEntities', 'recognizeEntities', 'recognizeLinkedEntities', 'analyzeSentiment', 'extractKeyPhrases', 'detectLanguage', 'analyze', 'beginAnalyzeActions', 'beginAnalyzeBatch', 'beginAnalyzeDocument', 'beginAnalyzeDocumentFromUrl'],
        data: 'all',
      },
      // ModelClient(endpoint, cred).path('/chat/completions').post({ body: { messages } })
      { packages: ['@azure-rest/ai-inference', '@azure-rest/ai-document-intelligence'], members: ['post'], data: [0] },
    ],
  },
  {
    id: 'elevenlabs',
    name: 'ElevenLabs',
    company: 'Eleven Labs Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@elevenlabs/elevenlabs-js', 'elevenlabs', '@elevenlabs/react', '@elevenlabs/client', '@ai-sdk/elevenlabs'],
    hosts: ['api.elevenlabs.io', '*.elevenlabs.io'],
    calls: [
      // client.textToSpeech.convert(voiceId, { text }), textToSpeech.stream(voiceId, { text }), speechToText.convert({ file })
      { packages: ['@elevenlabs/elevenlabs-js', 'elevenlabs'], members: ['convert', 'stream', 'convertWithTimestamps', 'streamWithTimestamps', 'convertAsStream'], data: 'all' },
    ],
  },
  {
    id: 'deepgram',
    name: 'Deepgram',
    company: 'Deepgram, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@deepgram/sdk', '@ai-sdk/deepgram'],
    hosts: ['api.deepgram.com', '*.deepgram.com'],
    calls: [
      // deepgram.listen.prerecorded.transcribeFile(buffer, opts), transcribeUrl({ url }, opts), speak.request({ text }, opts), read.analyzeText({ text })
      { packages: ['@deepgram/sdk'], members: ['transcribeFile', 'transcribeUrl', 'request', 'analyzeText'], data: [0] },
    ],
  },
  {
    id: 'assemblyai',
    name: 'AssemblyAI',
    company: 'AssemblyAI, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['assemblyai', '@ai-sdk/assemblyai'],
    hosts: ['api.assemblyai.com', 'api.eu.assemblyai.com'],
    calls: [
      // client.transcripts.transcribe({ audio }), submit({ audio }), lemur.task({ prompt, transcript_ids })
      { packages: ['assemblyai'], members: ['transcribe', 'submit', 'task', 'summary', 'questionAnswer'], data: [0] },
    ],
  },
  {
    id: 'voyage',
    name: 'Voyage AI',
    company: 'Voyage AI Innovations Inc. (MongoDB)',
    country: 'US',
    category: 'ai',
    packages: ['voyageai'],
    hosts: ['api.voyageai.com'],
    calls: [{ members: ['embed', 'rerank', 'multimodalEmbed', 'contextualizedEmbed'], data: [0] }],
  },
  {
    id: 'cerebras',
    name: 'Cerebras Inference',
    company: 'Cerebras Systems Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@cerebras/cerebras_cloud_sdk', '@ai-sdk/cerebras'],
    hosts: ['api.cerebras.ai'],
    calls: [{ packages: ['@cerebras/cerebras_cloud_sdk'], members: ['create'], data: [0] }],
  },
  {
    id: 'fal',
    name: 'fal',
    company: 'Features & Labels, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@fal-ai/client', '@fal-ai/serverless-client', '@ai-sdk/fal'],
    hosts: ['fal.run', '*.fal.run', '*.fal.ai', '*.fal.media'],
    calls: [
      // fal.subscribe(endpoint, { input }), fal.run(endpoint, { input }), fal.queue.submit(endpoint, { input })
      { packages: ['@fal-ai/client', '@fal-ai/serverless-client'], members: ['subscribe', 'run', 'stream', 'submit'], data: [1] },
    ],
  },
  {
    id: 'llamacloud',
    name: 'LlamaCloud (LlamaParse)',
    company: 'LlamaIndex, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['llama-cloud-services', '@llamaindex/cloud'],
    hosts: ['api.cloud.llamaindex.ai', 'api.cloud.eu.llamaindex.ai'],
    calls: [
      // new LlamaParseReader({ … }).loadData(filePath), parseFile(file): the document is uploaded for parsing
      { members: ['loadData', 'parseFile', 'loadDataAsContent'], data: 'all' },
    ],
  },
  {
    id: 'naver_clova',
    name: 'NAVER CLOVA Studio (HyperCLOVA X) and CLOVA Speech',
    company: 'NAVER Cloud Corp.',
    country: 'KR',
    category: 'ai',
    packages: [],
    hosts: ['clovastudio.stream.ntruss.com', 'clovastudio.apigw.ntruss.com', 'clovaspeech-gw.ncloud.com'],
  },
  {
    id: 'upstage',
    name: 'Upstage Console (Solar, Document Parse)',
    company: 'Upstage AI Inc.',
    country: 'KR',
    category: 'ai',
    // OpenAI-compatible: the openai package with baseURL https://api.upstage.ai/v1 (recognised by host).
    packages: [],
    hosts: ['api.upstage.ai'],
  },
  {
    id: 'alibaba_model_studio',
    name: 'Alibaba Cloud Model Studio (Qwen, DashScope)',
    company: 'Alibaba Cloud Computing Co., Ltd.',
    country: 'CN',
    category: 'ai',
    packages: ['@ai-sdk/alibaba'],
    hosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'],
  },
  {
    id: 'aws_rekognition',
    name: 'Amazon Rekognition',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@aws-sdk/client-rekognition'],
    hosts: ['rekognition.*.amazonaws.com'],
    calls: [
      // client.indexFaces({ CollectionId, Image }), searchFacesByImage(…), compareFaces(…), detectFaces(…): biometric data
      { members: ['send', 'indexFaces', 'searchFacesByImage', 'compareFaces', 'detectFaces', 'detectText', 'detectLabels', 'detectModerationLabels', 'recognizeCelebrities', 'detectProtectiveEquipment'], data: [0] },
    ],
  },
  {
    id: 'aws_textract',
    name: 'Amazon Textract',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@aws-sdk/client-textract'],
    hosts: ['textract.*.amazonaws.com'],
    calls: [{ members: ['send', 'analyzeDocument', 'detectDocumentText', 'analyzeExpense', 'analyzeID', 'startDocumentAnalysis', 'startDocumentTextDetection'], data: [0] }],
  },
  {
    id: 'aws_comprehend',
    name: 'Amazon Comprehend (and Comprehend Medical)',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@aws-sdk/client-comprehend', '@aws-sdk/client-comprehendmedical'],
    hosts: ['comprehend.*.amazonaws.com', 'comprehendmedical.*.amazonaws.com'],
    calls: [
      {
        members: ['send', 'detectPiiEntities', 'containsPiiEntities', 'detectEntities', 'detectSentiment', 'detectKeyPhrases', 'detectDominantLanguage', 'detectToxicContent', 'classifyDocument', 'detectEntitiesV2', 'detectPHI', 'inferICD10CM', 'inferRxNorm', 'inferSNOMEDCT'],
        data: [0],
      },
    ],
  },
  {
    id: 'aws_translate',
    name: 'Amazon Translate',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'ai',
    packages: ['@aws-sdk/client-translate'],
    hosts: ['translate.*.amazonaws.com'],
    calls: [{ members: ['send', 'translateText', 'translateDocument'], data: [0] }],
  },
];
