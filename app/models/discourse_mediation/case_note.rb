# frozen_string_literal: true

module DiscourseMediation
  # A private note between mediators. Only mediators and staff read it.
  class CaseNote < ActiveRecord::Base
    self.table_name = "discourse_mediation_case_notes"

    MAX_LENGTH = 5000

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :notes
    belongs_to :user

    validates :raw, presence: true, length: { maximum: MAX_LENGTH }
  end
end

# == Schema Information
#
# Table name: discourse_mediation_case_notes
#
#  id         :bigint           not null, primary key
#  case_id    :integer          not null
#  user_id    :integer          not null
#  raw        :text             not null
#  created_at :datetime         not null
#  updated_at :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_case_notes_on_case_id_and_created_at  (case_id,created_at)
#
