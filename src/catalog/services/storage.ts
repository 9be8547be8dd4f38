import type { ServiceSpec } from './types.js';

/**
 * File, media and object storage, and hosted workspaces used as data stores (Airtable, Notion). An upload sends the
 * file and its name and metadata to the vendor, like S3's putObject (aws_s3 in parties.ts). Vendor-run databases
 * and key-value stores (Firestore, Supabase, Upstash Redis) are storage sinks of their own, not listed here.
 */
export const STORAGE: readonly ServiceSpec[] = [
  {
    id: 'cloudinary',
    name: 'Cloudinary',
    company: 'Cloudinary Ltd.',
    country: 'US',
    category: 'storage',
    packages: ['cloudinary', 'next-cloudinary', '@cloudinary/url-gen', '@cloudinary/react', 'cloudinary-react'],
    hosts: ['api.cloudinary.com', 'res.cloudinary.com', '*.cloudinary.com'],
    calls: [
      // cloudinary.v2.uploader.upload(file, { public_id, context, tags }), upload_large(…), add_context(context, ids)
      { packages: ['cloudinary'], members: ['upload', 'upload_large', 'unsigned_upload', 'add_context', 'update_metadata', 'explicit'], data: 'all' },
    ],
  },
  {
    id: 'uploadthing',
    name: 'UploadThing',
    company: 'Ping Labs, Inc.',
    country: 'US',
    category: 'storage',
    packages: ['uploadthing', '@uploadthing/react', '@uploadthing/shared'],
    hosts: ['*.uploadthing.com', 'utfs.io', '*.ufs.sh'],
    calls: [
      // utapi.uploadFiles(files), uploadFilesFromUrl(urls)
      { packages: ['uploadthing'], members: ['uploadFiles', 'uploadFilesFromUrl'], data: [0] },
    ],
  },
  {
    id: 'vercel_blob',
    name: 'Vercel Blob',
    company: 'Vercel Inc.',
    country: 'US',
    category: 'storage',
    packages: ['@vercel/blob'],
    hosts: ['*.blob.vercel-storage.com'],
    calls: [
      // put(pathname, body, { access }), upload(pathname, body, opts): the path names the blob as well
      { members: ['put', 'upload'], data: [0, 1] },
    ],
  },
  {
    id: 'dropbox',
    name: 'Dropbox',
    company: 'Dropbox, Inc.',
    country: 'US',
    category: 'storage',
    packages: ['dropbox'],
    hosts: ['api.dropboxapi.com', 'content.dropboxapi.com', '*.dropboxapi.com'],
    calls: [
      // dbx.filesUpload({ path, contents }), sharingAddFileMember({ file, members: [{ member: { email } }] })
      { members: ['filesUpload', 'filesUploadSessionStart', 'filesUploadSessionAppendV2', 'filesUploadSessionFinish', 'sharingAddFileMember', 'sharingAddFolderMember'], data: [0] },
    ],
  },
  {
    id: 'box',
    name: 'Box',
    company: 'Box, Inc.',
    country: 'US',
    category: 'storage',
    packages: ['box-node-sdk', 'box-typescript-sdk-gen'],
    hosts: ['api.box.com', 'upload.box.com'],
    calls: [
      // client.files.uploadFile(folderId, name, stream), collaborations.createWithUserEmail(email, itemId, role); gen: uploads.uploadFile({ attributes, file })
      { members: ['uploadFile', 'uploadNewFileVersion', 'createWithUserEmail'], data: 'all' },
    ],
  },
  {
    id: 'google_cloud_storage',
    name: 'Google Cloud Storage',
    company: 'Google LLC',
    country: 'US',
    category: 'storage',
    packages: ['@google-cloud/storage'],
    hosts: ['storage.googleapis.com', '*.storage.googleapis.com'],
    calls: [
      // bucket.file(name).save(data, opts), bucket.upload(path, { destination, metadata }), file.setMetadata({ metadata })
      { members: ['save', 'upload', 'setMetadata'], data: 'all' },
    ],
  },
  {
    id: 'azure_blob_storage',
    name: 'Azure Blob Storage',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'storage',
    packages: ['@azure/storage-blob', '@azure/storage-file-share', '@azure/data-tables'],
    hosts: ['*.blob.core.windows.net', '*.file.core.windows.net', '*.table.core.windows.net'],
    calls: [
      // blockBlobClient.upload(body, length), uploadData(data), uploadStream(stream); containerClient.uploadBlockBlob(name, body, length)
      { packages: ['@azure/storage-blob'], members: ['upload', 'uploadData', 'uploadStream', 'uploadBrowserData', 'uploadBlockBlob', 'setMetadata', 'stageBlock'], data: 'all' },
    ],
  },
  {
    id: 'backblaze_b2',
    name: 'Backblaze B2',
    company: 'Backblaze, Inc.',
    country: 'US',
    category: 'storage',
    packages: ['backblaze-b2'],
    hosts: ['*.backblazeb2.com'],
    calls: [
      // b2.uploadFile({ uploadUrl, uploadAuthToken, fileName, data })
      { members: ['uploadFile', 'uploadPart'], data: [0] },
    ],
  },
  {
    id: 'cloudflare_r2',
    name: 'Cloudflare R2',
    company: 'Cloudflare, Inc.',
    country: 'US',
    category: 'storage',
    // S3-compatible: projects use @aws-sdk/client-s3 with an R2 endpoint.
    packages: [],
    hosts: ['*.r2.cloudflarestorage.com', '*.r2.dev'],
  },
  {
    id: 'filestack',
    name: 'Filestack',
    company: 'Filestack (Idera, Inc.)',
    country: 'US',
    category: 'storage',
    packages: ['filestack-js', 'filestack-react'],
    hosts: ['*.filestackapi.com', '*.filestackcontent.com'],
    calls: [{ packages: ['filestack-js'], members: ['upload', 'storeURL'], data: [0] }],
  },
  {
    id: 'imagekit',
    name: 'ImageKit',
    company: 'ImageKit Private Limited',
    country: 'IN',
    category: 'storage',
    packages: ['imagekit', '@imagekit/nodejs', '@imagekit/next', 'imagekitio-react'],
    hosts: ['upload.imagekit.io', 'api.imagekit.io', 'ik.imagekit.io'],
    calls: [
      // imagekit.upload({ file, fileName, tags, customMetadata }); client.files.upload({ … })
      { packages: ['imagekit', '@imagekit/nodejs', '@imagekit/next'], members: ['upload', 'updateFileDetails'], data: 'all' },
    ],
  },
  {
    id: 'uploadcare',
    name: 'Uploadcare',
    company: 'Uploadcare Inc.',
    country: 'US',
    category: 'storage',
    packages: ['@uploadcare/upload-client', '@uploadcare/react-uploader', '@uploadcare/rest-client'],
    hosts: ['upload.uploadcare.com', 'api.uploadcare.com', 'ucarecdn.com'],
    calls: [
      // uploadFile(file, { publicKey, metadata }), uploadDirect(…), uploadFromUrl(url, …)
      { packages: ['@uploadcare/upload-client'], members: ['uploadFile', 'uploadDirect', 'uploadFromUrl', 'uploadMultipart'], data: 'all' },
    ],
  },
  {
    id: 'airtable',
    name: 'Airtable',
    company: 'Formagrid Inc. (Airtable)',
    country: 'US',
    category: 'storage',
    packages: ['airtable'],
    hosts: ['api.airtable.com'],
    calls: [
      // base('Users').create([{ fields: { Name, Email } }]), update(id, fields), replace(id, fields)
      { members: ['create', 'update', 'replace'], data: 'all' },
    ],
  },
  {
    id: 'notion',
    name: 'Notion',
    company: 'Notion Labs, Inc.',
    country: 'US',
    category: 'storage',
    packages: ['@notionhq/client'],
    hosts: ['api.notion.com'],
    calls: [
      // notion.pages.create({ parent, properties }), pages.update({ page_id, properties }), blocks.children.append({ block_id, children }), comments.create(…)
      { members: ['create', 'update', 'append'], data: [0] },
    ],
  },
  {
    id: 'aliyun_oss',
    name: 'Alibaba Cloud Object Storage Service (OSS)',
    company: 'Alibaba Cloud Computing Co., Ltd.',
    country: 'CN',
    category: 'storage',
    // Endpoints are <bucket>.oss-<region>.aliyuncs.com, under alibaba_cloud's host glob.
    packages: ['ali-oss'],
    hosts: [],
    calls: [
      // client.put(name, file), multipartUpload(name, file), append(name, file)
      { members: ['put', 'multipartUpload', 'append', 'putMeta'], data: 'all' },
    ],
  },
  {
    id: 'tencent_cos',
    name: 'Tencent Cloud Object Storage (COS)',
    company: 'Tencent Cloud Computing (Beijing) Co., Ltd.',
    country: 'CN',
    category: 'storage',
    packages: ['cos-nodejs-sdk-v5', 'cos-js-sdk-v5'],
    hosts: ['*.myqcloud.com'],
    calls: [
      // cos.putObject({ Bucket, Region, Key, Body }), uploadFile({ … })
      { members: ['putObject', 'uploadFile', 'sliceUploadFile'], data: [0] },
    ],
  },
  {
    id: 'ncloud_object_storage',
    name: 'NAVER Cloud Object Storage',
    company: 'NAVER Cloud Corp.',
    country: 'KR',
    category: 'storage',
    // S3-compatible: projects use @aws-sdk/client-s3 with this endpoint.
    packages: [],
    hosts: ['kr.object.ncloudstorage.com', '*.ncloudstorage.com'],
  },
  {
    id: 'nhn_cloud_object_storage',
    name: 'NHN Cloud Object Storage',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'storage',
    packages: [],
    hosts: ['api-storage.cloud.toast.com'],
  },
];
