# frozen_string_literal: true

module DiscourseMediation
  # What the person concerned, or someone the report names as affected, says
  # before the vote. An affected person may decline instead. The mediators'
  # answer to a voter's question joins them (kind clarification), and the
  # person concerned may answer, once, what arrived after their own (kind
  # answer).
  class Statement < ActiveRecord::Base
    self.table_name = "discourse_mediation_statements"

    ROLES = %w[subject affected mediators].freeze
    KINDS = %w[statement answer clarification].freeze
    MAX_LENGTH = 10_000

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :statements
    belongs_to :user

    validates :role, inclusion: { in: ROLES }
    validates :kind, inclusion: { in: KINDS }
    validates :raw, length: { maximum: MAX_LENGTH }

    # What is wrong with a statement's text (or an appeal's), in words, or nil.
    def self.text_error(text, empty_error: "discourse_mediation.errors.statement_empty")
      return I18n.t(empty_error) if text.empty?
      if text.each_char.count > MAX_LENGTH
        I18n.t("discourse_mediation.errors.statement_too_long", count: MAX_LENGTH)
      end
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_statements
#
#  id         :bigint           not null, primary key
#  case_id    :integer          not null
#  user_id    :integer          not null
#  role       :string           not null
#  raw        :text             default(""), not null
#  declined   :boolean          default(FALSE), not null
#  created_at :datetime         not null
#  updated_at :datetime         not null
#  kind       :string           default("statement"), not null
#  question   :text
#
# Indexes
#
#  idx_mediation_statements_one_each  (case_id,user_id) UNIQUE WHERE ((kind)::text = 'statement'::text)
#
