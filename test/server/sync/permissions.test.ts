import { startTestServer } from '../../helpers/server'
import { permissionCases } from './permission-cases'

permissionCases('one server on SQLite', () => startTestServer())
