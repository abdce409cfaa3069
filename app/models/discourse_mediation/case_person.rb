# frozen_string_literal: true

module DiscourseMediation
  # Someone a case involves: the author of the post in question (the subject),
  # or a participant a mediator added.
  class CasePerson < ActiveRecord::Base
    self.table_name = "discourse_mediation_case_people"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :people
    belongs_to :user
    belongs_to :added_by, class_name: "User", optional: true

    scope :subjects, -> { where(subject: true) }
  end
end

# == Schema Information
#
# Table name: discourse_mediation_case_people
#
#  id          :bigint           not null, primary key
#  case_id     :integer          not null
#  user_id     :integer          not null
#  subject     :boolean          default(FALSE), not null
#  added_by_id :integer
#  created_at  :datetime         not null
#  updated_at  :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_case_people_on_case_id_and_user_id  (case_id,user_id) UNIQUE
#  index_discourse_mediation_case_people_on_user_id              (user_id)
#
