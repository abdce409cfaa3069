# frozen_string_literal: true

module DiscourseMediation
  # Evidence names only uploads its giver uploaded. Anyone else's upload is
  # "not found", as one that is not there, so that nothing is learnt of it.
  # A file core already had (the same bytes) is the first uploader's
  # Upload; core records the giver's upload of it as a UserUpload.
  class Evidence::Policy::OwnUploads < Service::PolicyBase
    delegate :guardian, :params, to: :context, private: true

    def call
      ids = params.upload_ids.uniq
      return true if ids.empty?
      user_id = guardian.user.id
      uploads = Upload.where(id: ids)
      uploads
        .where(user_id:)
        .or(uploads.where(id: UserUpload.where(user_id:).select(:upload_id)))
        .count == ids.size
    end

    def reason
      I18n.t("discourse_mediation.errors.evidence.upload_not_found")
    end
  end
end
