# frozen_string_literal: true

module DiscourseMediation
  # One piece of evidence of conduct outside the forum: a link, a quoted
  # text or an upload, with a note on why it matters. Given with a member's
  # request or added by the case's mediator; the report cites every piece.
  class Evidence < ActiveRecord::Base
    self.table_name = "discourse_mediation_evidence"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :evidence
    belongs_to :added_by, class_name: "User"
    belongs_to :upload, optional: true
    belongs_to :help_request, optional: true
    # Keeps the upload from core's clean-up of uploads nothing uses, for as
    # long as the piece is on the case.
    has_many :upload_references, as: :target, dependent: :delete_all

    validates :kind, inclusion: { in: Rules::Case::Evidence::KINDS }
    validate :sound

    after_create :reference_upload

    # What the report shows of it to everyone who reads the report
    # (`CaseReportEvidence`): never who gave it, nor the upload's own name.
    def as_cited
      { kind:, url:, quote:, upload: upload_cited, note: }
    end

    # What the case page shows the mediators and staff (`MediationEvidence`);
    # `added_by` is who may be named as having given it (CaseDisclosure).
    def as_shown(added_by:)
      as_cited.merge(
        id:,
        added_by:,
        from_request: help_request_id.present?,
        created_at:,
        original_filename:,
      )
    end

    private

    # The file's own name, only when its giver chose it: a file core
    # already had (the same bytes) keeps its first uploader's name.
    def original_filename
      upload.original_filename if upload && upload.user_id == added_by_id
    end

    # The address as core gives it to a browser (UploadSerializer#url):
    # through the secure-uploads route when the site keeps uploads private.
    def upload_cited
      return nil if upload.nil?
      {
        url: UrlHelper.cook_url(upload.url, secure: SiteSetting.secure_uploads && upload.secure),
        extension: upload.extension.to_s.downcase,
        filesize: upload.filesize,
        image: Rules::Case::Evidence.image?(upload.extension),
      }
    end

    def sound
      problem = Rules::Case::Evidence.problem(kind:, url:, quote:, upload_id:, note:)
      errors.add(:base, EvidenceContract.reason(problem)) if problem
    end

    def reference_upload
      UploadReference.ensure_exist!(upload_ids: [upload_id], target: self) if upload_id
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_evidence
#
#  id              :bigint           not null, primary key
#  case_id         :integer          not null
#  kind            :string           not null
#  url             :string
#  quote           :text
#  upload_id       :integer
#  note            :text             default(""), not null
#  help_request_id :integer
#  added_by_id     :integer          not null
#  created_at      :datetime         not null
#  updated_at      :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_evidence_on_case_id  (case_id)
#
