# frozen_string_literal: true

module DiscourseMediation
  # No upload larger than the site allows for evidence
  # (`mediation_evidence_max_upload_kb`), which may be lower than core's own
  # limits. Asked after Evidence::Policy::OwnUploads.
  class Evidence::Policy::UploadsWithinSize < Service::PolicyBase
    delegate :params, to: :context, private: true

    def call
      Upload
        .where(id: params.upload_ids)
        .pluck(:filesize)
        .none? { Rules::Case::Evidence.upload_too_large?(_1, max_kb) }
    end

    def reason
      I18n.t("discourse_mediation.errors.evidence.upload_too_large", count: max_kb)
    end

    private

    def max_kb
      SiteSetting.mediation_evidence_max_upload_kb
    end
  end
end
