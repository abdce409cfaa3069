# frozen_string_literal: true

# app/models/upload.rb: a file someone uploaded, with only the columns and
# methods the plugin uses. No file store: `url` is whatever the spec stores.
class Upload < ActiveRecord::Base
  BASE62_DIGITS = [*"0".."9", *"a".."z", *"A".."Z"].freeze

  belongs_to :user
  has_many :upload_references, dependent: :destroy
  has_many :user_uploads, dependent: :destroy

  # The address core's markdown turns back into the upload, so that core
  # counts it as used by the post that carries it.
  def short_url
    "upload://#{short_url_basename}"
  end

  # Core's Base62.encode of the sha1 as a number (lib/base62.rb).
  def self.base62_sha1(sha1)
    number = sha1.hex
    return "0" if number.zero?
    number.digits(62).reverse.map { BASE62_DIGITS[_1] }.join
  end

  def base62_sha1
    Upload.base62_sha1(sha1)
  end

  private

  def short_url_basename
    "#{Upload.base62_sha1(sha1)}#{extension.present? ? ".#{extension}" : ""}"
  end
end

# app/models/upload_reference.rb: what keeps an upload from core's clean-up
# of uploads nothing uses (Jobs::CleanUpUploads skips referenced ones).
class UploadReference < ActiveRecord::Base
  belongs_to :upload
  belongs_to :target, polymorphic: true

  # The target's references become exactly these uploads: the others go,
  # the missing ones are added (ON CONFLICT DO NOTHING keeps the rest).
  def self.ensure_exist!(upload_ids: [], target: nil, target_type: nil, target_id: nil)
    if target
      target_type = target.class
      target_id = target.id
    end
    raise "target OR target_type and target_id are required" if !target_type || !target_id
    wanted = upload_ids.uniq.reject(&:blank?)
    now = Time.zone.now
    transaction do
      where(target_type: target_type.to_s, target_id:).where.not(upload_id: wanted).delete_all
      rows =
        wanted.map do |upload_id|
          {
            upload_id:,
            target_type: target_type.to_s,
            target_id:,
            created_at: now,
            updated_at: now,
          }
        end
      insert_all(rows) if rows.any?
    end
    nil
  end
end

# app/models/user_upload.rb: a second member who uploads a file core has
# already (by its sha1) gets the same Upload, and a row here saying they
# uploaded it too.
class UserUpload < ActiveRecord::Base
  belongs_to :upload
  belongs_to :user
end

# lib/url_helper.rb: the address the browser is given for an upload, as
# UploadSerializer#url gives it. Here every upload is on the local store
# (an "/uploads/..." path) and there is no CDN: the forum's own address,
# without its scheme; a secure upload is served by core's secure-uploads
# route, which checks who may see it.
class UrlHelper
  def self.cook_url(url, secure: false)
    return url if !url.to_s.start_with?("/uploads/")
    path = secure ? "/secure-uploads#{url.delete_prefix("/uploads")}" : url
    "#{Discourse.base_url_no_prefix}#{path}".sub(/\Ahttp:/i, "")
  end
end
